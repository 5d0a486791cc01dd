; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_mmap(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_mmap" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost12, %stat.inc14, %rec.fill11, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !55
  %6 = bitcast i8* %5 to i64*, !dbg !55
  %7 = load i64, i64* %6, align 8, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 40, !dbg !55
  %9 = bitcast i8* %8 to i64*, !dbg !55
  %10 = load i64, i64* %9, align 8, !dbg !55
  %11 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %12 = bitcast i8* %11 to i64*, !dbg !55
  %13 = load i64, i64* %12, align 8, !dbg !55
  %14 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %14, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %15 = xor i64 %13, 255, !dbg !55
  %16 = or i64 %10, 32, !dbg !55
  %17 = and i64 %7, 3, !dbg !55
  %18 = bitcast i8* %14 to i64*, !dbg !55
  store i64 1, i64* %18, align 8, !dbg !55
  %19 = getelementptr i8, i8* %14, i64 8, !dbg !55
  %20 = bitcast i8* %19 to i64*, !dbg !55
  store i64 %17, i64* %20, align 8, !dbg !55
  %21 = getelementptr i8, i8* %14, i64 16, !dbg !55
  %22 = bitcast i8* %21 to i64*, !dbg !55
  store i64 %16, i64* %22, align 8, !dbg !55
  %23 = getelementptr i8, i8* %14, i64 24, !dbg !55
  %24 = bitcast i8* %23 to i64*, !dbg !55
  store i64 %15, i64* %24, align 8, !dbg !55
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %26 = icmp ugt i64 %25, 65536, !dbg !55
  %27 = select i1 %26, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %14, i64 %27) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %28 = bitcast i32* %zero to i8*, !dbg !55
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !55
  %.not16 = icmp eq i8* %29, null, !dbg !55
  br i1 %.not16, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %30 = getelementptr i8, i8* %ctx, i64 48, !dbg !56
  %31 = bitcast i8* %30 to i64*, !dbg !56
  %32 = load i64, i64* %31, align 8, !dbg !56
  %33 = icmp ugt i64 %32, 2, !dbg !56
  br i1 %33, label %and.rhs, label %and.done, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %34 = bitcast i8* %29 to i64*, !dbg !55
  %35 = load i64, i64* %34, align 8, !dbg !55
  %36 = add i64 %35, 1, !dbg !55
  store i64 %36, i64* %34, align 8, !dbg !55
  br label %rec.done, !dbg !55

and.rhs:                                          ; preds = %rec.done
  %37 = load i64, i64* %12, align 8, !dbg !56
  %38 = icmp ugt i64 %37, 4096, !dbg !56
  %phi.cast = zext i1 %38 to i64, !dbg !56
  br label %and.done, !dbg !56

and.done:                                         ; preds = %and.rhs, %rec.done
  %39 = phi i64 [ 0, %rec.done ], [ %phi.cast, %and.rhs ]
  %40 = getelementptr i8, i8* %ctx, i64 16, !dbg !56
  %41 = bitcast i8* %40 to i64*, !dbg !56
  %42 = load i64, i64* %41, align 8, !dbg !56
  %43 = icmp eq i64 %42, 0, !dbg !56
  br i1 %43, label %or.done, label %or.rhs, !dbg !56

or.rhs:                                           ; preds = %and.done
  %44 = getelementptr i8, i8* %ctx, i64 56, !dbg !56
  %45 = bitcast i8* %44 to i64*, !dbg !56
  %46 = load i64, i64* %45, align 8, !dbg !56
  %47 = icmp ne i64 %46, 0, !dbg !56
  %phi.cast17 = zext i1 %47 to i64, !dbg !56
  br label %or.done, !dbg !56

or.done:                                          ; preds = %or.rhs, %and.done
  %48 = phi i64 [ 1, %and.done ], [ %phi.cast17, %or.rhs ]
  %49 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !56
  %.not18 = icmp eq i8* %49, null, !dbg !56
  br i1 %.not18, label %rec.lost2, label %rec.fill1, !dbg !56

rec.fill1:                                        ; preds = %or.done
  %50 = bitcast i8* %49 to i64*, !dbg !56
  store i64 4294967297, i64* %50, align 8, !dbg !56
  %51 = getelementptr i8, i8* %49, i64 8, !dbg !56
  %52 = bitcast i8* %51 to i64*, !dbg !56
  store i64 %39, i64* %52, align 8, !dbg !56
  %53 = getelementptr i8, i8* %49, i64 16, !dbg !56
  %54 = bitcast i8* %53 to i64*, !dbg !56
  store i64 %48, i64* %54, align 8, !dbg !56
  %55 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %56 = icmp ugt i64 %55, 65536, !dbg !56
  %57 = select i1 %56, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %49, i64 %57) #0, !dbg !56
  br label %rec.done3, !dbg !56

rec.lost2:                                        ; preds = %or.done
  %58 = bitcast i32* %zero to i8*, !dbg !56
  %59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %58) #0, !dbg !56
  %.not19 = icmp eq i8* %59, null, !dbg !56
  br i1 %.not19, label %rec.done3, label %stat.inc4, !dbg !56

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %60 = load i64, i64* %12, align 8, !dbg !57
  %61 = load i64, i64* %41, align 8, !dbg !57
  %62 = load i64, i64* %9, align 8, !dbg !57
  %63 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !57
  %.not20 = icmp eq i8* %63, null, !dbg !57
  br i1 %.not20, label %rec.lost7, label %rec.fill6, !dbg !57

stat.inc4:                                        ; preds = %rec.lost2
  %64 = bitcast i8* %59 to i64*, !dbg !56
  %65 = load i64, i64* %64, align 8, !dbg !56
  %66 = add i64 %65, 1, !dbg !56
  store i64 %66, i64* %64, align 8, !dbg !56
  br label %rec.done3, !dbg !56

rec.fill6:                                        ; preds = %rec.done3
  %67 = xor i64 %62, -1, !dbg !57
  %68 = icmp eq i64 %61, 0, !dbg !57
  %69 = zext i1 %68 to i64, !dbg !57
  %70 = sub i64 0, %60, !dbg !57
  %71 = bitcast i8* %63 to i64*, !dbg !57
  store i64 8589934593, i64* %71, align 8, !dbg !57
  %72 = getelementptr i8, i8* %63, i64 8, !dbg !57
  %73 = bitcast i8* %72 to i64*, !dbg !57
  store i64 %70, i64* %73, align 8, !dbg !57
  %74 = getelementptr i8, i8* %63, i64 16, !dbg !57
  %75 = bitcast i8* %74 to i64*, !dbg !57
  store i64 %69, i64* %75, align 8, !dbg !57
  %76 = getelementptr i8, i8* %63, i64 24, !dbg !57
  %77 = bitcast i8* %76 to i64*, !dbg !57
  store i64 %67, i64* %77, align 8, !dbg !57
  %78 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %79 = icmp ugt i64 %78, 65536, !dbg !57
  %80 = select i1 %79, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %63, i64 %80) #0, !dbg !57
  br label %rec.done8, !dbg !57

rec.lost7:                                        ; preds = %rec.done3
  %81 = bitcast i32* %zero to i8*, !dbg !57
  %82 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %81) #0, !dbg !57
  %.not21 = icmp eq i8* %82, null, !dbg !57
  br i1 %.not21, label %rec.done8, label %stat.inc9, !dbg !57

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %83 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !58
  %.not22 = icmp eq i8* %83, null, !dbg !58
  br i1 %.not22, label %rec.lost12, label %rec.fill11, !dbg !58

stat.inc9:                                        ; preds = %rec.lost7
  %84 = bitcast i8* %82 to i64*, !dbg !57
  %85 = load i64, i64* %84, align 8, !dbg !57
  %86 = add i64 %85, 1, !dbg !57
  store i64 %86, i64* %84, align 8, !dbg !57
  br label %rec.done8, !dbg !57

rec.fill11:                                       ; preds = %rec.done8
  %87 = bitcast i8* %83 to i64*, !dbg !58
  store i64 12884901889, i64* %87, align 8, !dbg !58
  %88 = getelementptr i8, i8* %83, i64 8, !dbg !58
  %89 = bitcast i8* %88 to i64*, !dbg !58
  store i64 0, i64* %89, align 8, !dbg !58
  %90 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %91 = icmp ugt i64 %90, 65536, !dbg !58
  %92 = select i1 %91, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %83, i64 %92) #0, !dbg !58
  br label %return, !dbg !58

rec.lost12:                                       ; preds = %rec.done8
  %93 = bitcast i32* %zero to i8*, !dbg !58
  %94 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %93) #0, !dbg !58
  %.not23 = icmp eq i8* %94, null, !dbg !58
  br i1 %.not23, label %return, label %stat.inc14, !dbg !58

stat.inc14:                                       ; preds = %rec.lost12
  %95 = bitcast i8* %94 to i64*, !dbg !58
  %96 = load i64, i64* %95, align 8, !dbg !58
  %97 = add i64 %96, 1, !dbg !58
  store i64 %97, i64* %95, align 8, !dbg !58
  br label %return, !dbg !58
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ops_bitwise_logical.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_sys_enter_mmap", linkageName: "tp0_sys_enter_mmap", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
!57 = !DILocation(line: 5, column: 2, scope: !47)
!58 = !DILocation(line: 6, column: 2, scope: !47)

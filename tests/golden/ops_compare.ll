; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost7, %stat.inc9, %rec.fill6, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %6 = bitcast i8* %5 to i64*, !dbg !55
  %7 = load i64, i64* %6, align 8, !dbg !55
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %8, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %9 = icmp ne i64 %7, 5, !dbg !55
  %10 = zext i1 %9 to i64, !dbg !55
  %11 = icmp eq i64 %7, 4, !dbg !55
  %12 = zext i1 %11 to i64, !dbg !55
  %13 = icmp ugt i64 %7, 2, !dbg !55
  %14 = zext i1 %13 to i64, !dbg !55
  %15 = icmp ult i64 %7, 3, !dbg !55
  %16 = zext i1 %15 to i64, !dbg !55
  %17 = icmp ugt i64 %7, 1, !dbg !55
  %18 = zext i1 %17 to i64, !dbg !55
  %19 = bitcast i8* %8 to i64*, !dbg !55
  store i64 1, i64* %19, align 8, !dbg !55
  %20 = getelementptr i8, i8* %8, i64 8, !dbg !55
  %21 = bitcast i8* %20 to i64*, !dbg !55
  store i64 0, i64* %21, align 8, !dbg !55
  %22 = getelementptr i8, i8* %8, i64 16, !dbg !55
  %23 = bitcast i8* %22 to i64*, !dbg !55
  store i64 %18, i64* %23, align 8, !dbg !55
  %24 = getelementptr i8, i8* %8, i64 24, !dbg !55
  %25 = bitcast i8* %24 to i64*, !dbg !55
  store i64 %16, i64* %25, align 8, !dbg !55
  %26 = getelementptr i8, i8* %8, i64 32, !dbg !55
  %27 = bitcast i8* %26 to i64*, !dbg !55
  store i64 %14, i64* %27, align 8, !dbg !55
  %28 = getelementptr i8, i8* %8, i64 40, !dbg !55
  %29 = bitcast i8* %28 to i64*, !dbg !55
  store i64 %12, i64* %29, align 8, !dbg !55
  %30 = getelementptr i8, i8* %8, i64 48, !dbg !55
  %31 = bitcast i8* %30 to i64*, !dbg !55
  store i64 %10, i64* %31, align 8, !dbg !55
  %32 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %33 = icmp ugt i64 %32, 65536, !dbg !55
  %34 = select i1 %33, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %34) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %35 = bitcast i32* %zero to i8*, !dbg !55
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !55
  %.not11 = icmp eq i8* %36, null, !dbg !55
  br i1 %.not11, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %37 = getelementptr i8, i8* %ctx, i64 16, !dbg !56
  %38 = bitcast i8* %37 to i32*, !dbg !56
  %39 = load i32, i32* %38, align 4, !dbg !56
  %40 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !56
  %.not12 = icmp eq i8* %40, null, !dbg !56
  br i1 %.not12, label %rec.lost2, label %rec.fill1, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %41 = bitcast i8* %36 to i64*, !dbg !55
  %42 = load i64, i64* %41, align 8, !dbg !55
  %43 = add i64 %42, 1, !dbg !55
  store i64 %43, i64* %41, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill1:                                        ; preds = %rec.done
  %44 = icmp ugt i32 %39, 5, !dbg !56
  %45 = zext i1 %44 to i64, !dbg !56
  %46 = icmp ult i32 %39, 6, !dbg !56
  %47 = zext i1 %46 to i64, !dbg !56
  %48 = icmp ugt i32 %39, 4, !dbg !56
  %49 = zext i1 %48 to i64, !dbg !56
  %50 = icmp ult i32 %39, 3, !dbg !56
  %51 = zext i1 %50 to i64, !dbg !56
  %52 = bitcast i8* %40 to i64*, !dbg !56
  store i64 4294967297, i64* %52, align 8, !dbg !56
  %53 = getelementptr i8, i8* %40, i64 8, !dbg !56
  %54 = bitcast i8* %53 to i64*, !dbg !56
  store i64 %51, i64* %54, align 8, !dbg !56
  %55 = getelementptr i8, i8* %40, i64 16, !dbg !56
  %56 = bitcast i8* %55 to i64*, !dbg !56
  store i64 %49, i64* %56, align 8, !dbg !56
  %57 = getelementptr i8, i8* %40, i64 24, !dbg !56
  %58 = bitcast i8* %57 to i64*, !dbg !56
  store i64 %47, i64* %58, align 8, !dbg !56
  %59 = getelementptr i8, i8* %40, i64 32, !dbg !56
  %60 = bitcast i8* %59 to i64*, !dbg !56
  store i64 %45, i64* %60, align 8, !dbg !56
  %61 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %62 = icmp ugt i64 %61, 65536, !dbg !56
  %63 = select i1 %62, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %40, i64 %63) #0, !dbg !56
  br label %rec.done3, !dbg !56

rec.lost2:                                        ; preds = %rec.done
  %64 = bitcast i32* %zero to i8*, !dbg !56
  %65 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %64) #0, !dbg !56
  %.not13 = icmp eq i8* %65, null, !dbg !56
  br i1 %.not13, label %rec.done3, label %stat.inc4, !dbg !56

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %66 = getelementptr i8, i8* %ctx, i64 32, !dbg !57
  %67 = bitcast i8* %66 to i32*, !dbg !57
  %68 = load i32, i32* %67, align 4, !dbg !57
  %69 = load i64, i64* %6, align 8, !dbg !57
  %70 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !57
  %.not14 = icmp eq i8* %70, null, !dbg !57
  br i1 %.not14, label %rec.lost7, label %rec.fill6, !dbg !57

stat.inc4:                                        ; preds = %rec.lost2
  %71 = bitcast i8* %65 to i64*, !dbg !56
  %72 = load i64, i64* %71, align 8, !dbg !56
  %73 = add i64 %72, 1, !dbg !56
  store i64 %73, i64* %71, align 8, !dbg !56
  br label %rec.done3, !dbg !56

rec.fill6:                                        ; preds = %rec.done3
  %74 = zext i32 %68 to i64, !dbg !57
  %75 = icmp ugt i64 %69, %74, !dbg !57
  %76 = zext i1 %75 to i64, !dbg !57
  %77 = bitcast i8* %70 to i64*, !dbg !57
  store i64 8589934593, i64* %77, align 8, !dbg !57
  %78 = getelementptr i8, i8* %70, i64 8, !dbg !57
  %79 = bitcast i8* %78 to i64*, !dbg !57
  store i64 %76, i64* %79, align 8, !dbg !57
  %80 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %81 = icmp ugt i64 %80, 65536, !dbg !57
  %82 = select i1 %81, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %70, i64 %82) #0, !dbg !57
  br label %return, !dbg !57

rec.lost7:                                        ; preds = %rec.done3
  %83 = bitcast i32* %zero to i8*, !dbg !57
  %84 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %83) #0, !dbg !57
  %.not15 = icmp eq i8* %84, null, !dbg !57
  br i1 %.not15, label %return, label %stat.inc9, !dbg !57

stat.inc9:                                        ; preds = %rec.lost7
  %85 = bitcast i8* %84 to i64*, !dbg !57
  %86 = load i64, i64* %85, align 8, !dbg !57
  %87 = add i64 %86, 1, !dbg !57
  store i64 %87, i64* %85, align 8, !dbg !57
  br label %return, !dbg !57
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
!3 = !DIFile(filename: "ops_compare.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter_lseek", linkageName: "tp0_sys_enter_lseek", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 5, column: 2, scope: !47)
!57 = !DILocation(line: 6, column: 2, scope: !47)

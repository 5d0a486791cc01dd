; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !47 {
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
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %6 = bitcast i8* %5 to i32*, !dbg !55
  %7 = load i32, i32* %6, align 4, !dbg !55
  %8 = zext i32 %7 to i64, !dbg !55
  %9 = getelementptr i8, i8* %ctx, i64 32, !dbg !55
  %10 = bitcast i8* %9 to i64*, !dbg !55
  %11 = load i64, i64* %10, align 8, !dbg !55
  %12 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %13 = bitcast i8* %12 to i64*, !dbg !55
  %14 = load i64, i64* %13, align 8, !dbg !55
  %15 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %15, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %16 = bitcast i8* %15 to i64*, !dbg !55
  store i64 1, i64* %16, align 8, !dbg !55
  %17 = getelementptr i8, i8* %15, i64 8, !dbg !55
  %18 = bitcast i8* %17 to i64*, !dbg !55
  store i64 %8, i64* %18, align 8, !dbg !55
  %19 = getelementptr i8, i8* %15, i64 16, !dbg !55
  %20 = bitcast i8* %19 to i64*, !dbg !55
  store i64 %8, i64* %20, align 8, !dbg !55
  %21 = getelementptr i8, i8* %15, i64 24, !dbg !55
  %22 = bitcast i8* %21 to i64*, !dbg !55
  store i64 %11, i64* %22, align 8, !dbg !55
  %23 = getelementptr i8, i8* %15, i64 32, !dbg !55
  %24 = bitcast i8* %23 to i64*, !dbg !55
  store i64 %11, i64* %24, align 8, !dbg !55
  %25 = getelementptr i8, i8* %15, i64 40, !dbg !55
  %26 = bitcast i8* %25 to i64*, !dbg !55
  store i64 %11, i64* %26, align 8, !dbg !55
  %27 = getelementptr i8, i8* %15, i64 48, !dbg !55
  %28 = bitcast i8* %27 to i64*, !dbg !55
  store i64 %11, i64* %28, align 8, !dbg !55
  %29 = getelementptr i8, i8* %15, i64 56, !dbg !55
  %30 = bitcast i8* %29 to i64*, !dbg !55
  store i64 65, i64* %30, align 8, !dbg !55
  %31 = getelementptr i8, i8* %15, i64 64, !dbg !55
  %32 = bitcast i8* %31 to i64*, !dbg !55
  store i64 %14, i64* %32, align 8, !dbg !55
  %33 = getelementptr i8, i8* %15, i64 72, !dbg !55
  %34 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %33, i32 16) #0, !dbg !55
  %35 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %36 = icmp ugt i64 %35, 65536, !dbg !55
  %37 = select i1 %36, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %15, i64 %37) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %38 = bitcast i32* %zero to i8*, !dbg !55
  %39 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %38) #0, !dbg !55
  %.not16 = icmp eq i8* %39, null, !dbg !55
  br i1 %.not16, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %40 = load i32, i32* %6, align 4, !dbg !56
  %41 = zext i32 %40 to i64, !dbg !56
  %42 = load i64, i64* %10, align 8, !dbg !56
  %43 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 96, i64 0) #0, !dbg !56
  %.not17 = icmp eq i8* %43, null, !dbg !56
  br i1 %.not17, label %rec.lost2, label %rec.fill1, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %44 = bitcast i8* %39 to i64*, !dbg !55
  %45 = load i64, i64* %44, align 8, !dbg !55
  %46 = add i64 %45, 1, !dbg !55
  store i64 %46, i64* %44, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill1:                                        ; preds = %rec.done
  %47 = bitcast i8* %43 to i64*, !dbg !56
  store i64 4294967297, i64* %47, align 8, !dbg !56
  %48 = getelementptr i8, i8* %43, i64 8, !dbg !56
  %49 = bitcast i8* %48 to i64*, !dbg !56
  store i64 %41, i64* %49, align 8, !dbg !56
  %50 = getelementptr i8, i8* %43, i64 16, !dbg !56
  %51 = bitcast i8* %50 to i64*, !dbg !56
  store i64 %41, i64* %51, align 8, !dbg !56
  %52 = getelementptr i8, i8* %43, i64 24, !dbg !56
  %53 = bitcast i8* %52 to i64*, !dbg !56
  store i64 %41, i64* %53, align 8, !dbg !56
  %54 = getelementptr i8, i8* %43, i64 32, !dbg !56
  %55 = bitcast i8* %54 to i64*, !dbg !56
  store i64 %41, i64* %55, align 8, !dbg !56
  %56 = getelementptr i8, i8* %43, i64 40, !dbg !56
  %57 = bitcast i8* %56 to i64*, !dbg !56
  store i64 %42, i64* %57, align 8, !dbg !56
  %58 = getelementptr i8, i8* %43, i64 48, !dbg !56
  %59 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %58, i32 16) #0, !dbg !56
  %60 = getelementptr i8, i8* %43, i64 64, !dbg !56
  %61 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %60, i32 16) #0, !dbg !56
  %62 = getelementptr i8, i8* %43, i64 80, !dbg !56
  %63 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %62, i32 16) #0, !dbg !56
  %64 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %65 = icmp ugt i64 %64, 65536, !dbg !56
  %66 = select i1 %65, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %43, i64 %66) #0, !dbg !56
  br label %rec.done3, !dbg !56

rec.lost2:                                        ; preds = %rec.done
  %67 = bitcast i32* %zero to i8*, !dbg !56
  %68 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %67) #0, !dbg !56
  %.not18 = icmp eq i8* %68, null, !dbg !56
  br i1 %.not18, label %rec.done3, label %stat.inc4, !dbg !56

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %69 = load i32, i32* %6, align 4, !dbg !57
  %70 = zext i32 %69 to i64, !dbg !57
  %71 = load i64, i64* %10, align 8, !dbg !57
  %72 = load i64, i64* %13, align 8, !dbg !57
  %73 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 64, i64 0) #0, !dbg !57
  %.not19 = icmp eq i8* %73, null, !dbg !57
  br i1 %.not19, label %rec.lost7, label %rec.fill6, !dbg !57

stat.inc4:                                        ; preds = %rec.lost2
  %74 = bitcast i8* %68 to i64*, !dbg !56
  %75 = load i64, i64* %74, align 8, !dbg !56
  %76 = add i64 %75, 1, !dbg !56
  store i64 %76, i64* %74, align 8, !dbg !56
  br label %rec.done3, !dbg !56

rec.fill6:                                        ; preds = %rec.done3
  %77 = bitcast i8* %73 to i64*, !dbg !57
  store i64 8589934593, i64* %77, align 8, !dbg !57
  %78 = getelementptr i8, i8* %73, i64 8, !dbg !57
  %79 = bitcast i8* %78 to i64*, !dbg !57
  store i64 %70, i64* %79, align 8, !dbg !57
  %80 = getelementptr i8, i8* %73, i64 16, !dbg !57
  %81 = bitcast i8* %80 to i64*, !dbg !57
  store i64 %71, i64* %81, align 8, !dbg !57
  %82 = getelementptr i8, i8* %73, i64 24, !dbg !57
  %83 = bitcast i8* %82 to i64*, !dbg !57
  store i64 %70, i64* %83, align 8, !dbg !57
  %84 = getelementptr i8, i8* %73, i64 32, !dbg !57
  %85 = bitcast i8* %84 to i64*, !dbg !57
  store i64 %71, i64* %85, align 8, !dbg !57
  %86 = getelementptr i8, i8* %73, i64 40, !dbg !57
  %87 = bitcast i8* %86 to i64*, !dbg !57
  store i64 %70, i64* %87, align 8, !dbg !57
  %88 = getelementptr i8, i8* %73, i64 48, !dbg !57
  %89 = bitcast i8* %88 to i64*, !dbg !57
  store i64 %70, i64* %89, align 8, !dbg !57
  %90 = getelementptr i8, i8* %73, i64 56, !dbg !57
  %91 = bitcast i8* %90 to i64*, !dbg !57
  store i64 %72, i64* %91, align 8, !dbg !57
  %92 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %93 = icmp ugt i64 %92, 65536, !dbg !57
  %94 = select i1 %93, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %73, i64 %94) #0, !dbg !57
  br label %rec.done8, !dbg !57

rec.lost7:                                        ; preds = %rec.done3
  %95 = bitcast i32* %zero to i8*, !dbg !57
  %96 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %95) #0, !dbg !57
  %.not20 = icmp eq i8* %96, null, !dbg !57
  br i1 %.not20, label %rec.done8, label %stat.inc9, !dbg !57

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %97 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !58
  %.not21 = icmp eq i8* %97, null, !dbg !58
  br i1 %.not21, label %rec.lost12, label %rec.fill11, !dbg !58

stat.inc9:                                        ; preds = %rec.lost7
  %98 = bitcast i8* %96 to i64*, !dbg !57
  %99 = load i64, i64* %98, align 8, !dbg !57
  %100 = add i64 %99, 1, !dbg !57
  store i64 %100, i64* %98, align 8, !dbg !57
  br label %rec.done8, !dbg !57

rec.fill11:                                       ; preds = %rec.done8
  %101 = bitcast i8* %97 to i64*, !dbg !58
  store i64 12884901889, i64* %101, align 8, !dbg !58
  %102 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %103 = icmp ugt i64 %102, 65536, !dbg !58
  %104 = select i1 %103, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %97, i64 %104) #0, !dbg !58
  br label %return, !dbg !58

rec.lost12:                                       ; preds = %rec.done8
  %105 = bitcast i32* %zero to i8*, !dbg !58
  %106 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %105) #0, !dbg !58
  %.not22 = icmp eq i8* %106, null, !dbg !58
  br i1 %.not22, label %return, label %stat.inc14, !dbg !58

stat.inc14:                                       ; preds = %rec.lost12
  %107 = bitcast i8* %106 to i64*, !dbg !58
  %108 = load i64, i64* %107, align 8, !dbg !58
  %109 = add i64 %108, 1, !dbg !58
  store i64 %109, i64* %107, align 8, !dbg !58
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
!3 = !DIFile(filename: "printf_formats.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 5, column: 2, scope: !47)
!57 = !DILocation(line: 7, column: 2, scope: !47)
!58 = !DILocation(line: 9, column: 2, scope: !47)

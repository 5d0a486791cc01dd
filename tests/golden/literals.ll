; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %0, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !48
  store i64 1, i64* %1, align 8, !dbg !48
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !48
  %3 = bitcast i8* %2 to i64*, !dbg !48
  store i64 42, i64* %3, align 8, !dbg !48
  %4 = getelementptr i8, i8* %0, i64 16, !dbg !48
  %5 = bitcast i8* %4 to i64*, !dbg !48
  store i64 42, i64* %5, align 8, !dbg !48
  %6 = getelementptr i8, i8* %0, i64 24, !dbg !48
  %7 = bitcast i8* %6 to i64*, !dbg !48
  store i64 -1, i64* %7, align 8, !dbg !48
  %8 = getelementptr i8, i8* %0, i64 32, !dbg !48
  %9 = bitcast i8* %8 to i64*, !dbg !48
  store i64 -9223372036854775807, i64* %9, align 8, !dbg !48
  %10 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %11 = icmp ugt i64 %10, 65536, !dbg !48
  %12 = select i1 %11, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %12) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %13 = bitcast i32* %zero to i8*, !dbg !48
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %13) #0, !dbg !48
  %.not11 = icmp eq i8* %14, null, !dbg !48
  br i1 %.not11, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %15 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !49
  %.not12 = icmp eq i8* %15, null, !dbg !49
  br i1 %.not12, label %rec.lost2, label %rec.fill1, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %16 = bitcast i8* %14 to i64*, !dbg !48
  %17 = load i64, i64* %16, align 8, !dbg !48
  %18 = add i64 %17, 1, !dbg !48
  store i64 %18, i64* %16, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill1:                                        ; preds = %rec.done
  %19 = bitcast i8* %15 to i64*, !dbg !49
  store i64 4294967297, i64* %19, align 8, !dbg !49
  %20 = getelementptr i8, i8* %15, i64 8, !dbg !49
  %21 = bitcast i8* %20 to i64*, !dbg !49
  store i64 7310016642684182900, i64* %21, align 8, !dbg !49
  %22 = getelementptr i8, i8* %15, i64 16, !dbg !49
  %23 = bitcast i8* %22 to i64*, !dbg !49
  store i64 4692852104806605344, i64* %23, align 8, !dbg !49
  %24 = getelementptr i8, i8* %15, i64 24, !dbg !49
  store i8 66, i8* %24, align 1, !dbg !49
  %25 = getelementptr i8, i8* %15, i64 25, !dbg !49
  store i8 13, i8* %25, align 1, !dbg !49
  %26 = getelementptr i8, i8* %15, i64 26, !dbg !49
  store i8 0, i8* %26, align 1, !dbg !49
  %27 = getelementptr i8, i8* %15, i64 32, !dbg !49
  store i8 0, i8* %27, align 1, !dbg !49
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %29 = icmp ugt i64 %28, 65536, !dbg !49
  %30 = select i1 %29, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %15, i64 %30) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %rec.done
  %31 = bitcast i32* %zero to i8*, !dbg !49
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %31) #0, !dbg !49
  %.not13 = icmp eq i8* %32, null, !dbg !49
  br i1 %.not13, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !50
  %.not14 = icmp eq i8* %33, null, !dbg !50
  br i1 %.not14, label %rec.lost7, label %rec.fill6, !dbg !50

stat.inc4:                                        ; preds = %rec.lost2
  %34 = bitcast i8* %32 to i64*, !dbg !49
  %35 = load i64, i64* %34, align 8, !dbg !49
  %36 = add i64 %35, 1, !dbg !49
  store i64 %36, i64* %34, align 8, !dbg !49
  br label %rec.done3, !dbg !49

rec.fill6:                                        ; preds = %rec.done3
  %37 = bitcast i8* %33 to i64*, !dbg !50
  store i64 8589934594, i64* %37, align 8, !dbg !50
  %38 = getelementptr i8, i8* %33, i64 8, !dbg !50
  store i8 112, i8* %38, align 1, !dbg !50
  %39 = getelementptr i8, i8* %33, i64 9, !dbg !50
  store i8 108, i8* %39, align 1, !dbg !50
  %40 = getelementptr i8, i8* %33, i64 10, !dbg !50
  store i8 97, i8* %40, align 1, !dbg !50
  %41 = getelementptr i8, i8* %33, i64 11, !dbg !50
  store i8 105, i8* %41, align 1, !dbg !50
  %42 = getelementptr i8, i8* %33, i64 12, !dbg !50
  store i8 110, i8* %42, align 1, !dbg !50
  %43 = getelementptr i8, i8* %33, i64 13, !dbg !50
  store i8 0, i8* %43, align 1, !dbg !50
  %44 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %45 = icmp ugt i64 %44, 65536, !dbg !50
  %46 = select i1 %45, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %46) #0, !dbg !50
  br label %rec.done8, !dbg !50

rec.lost7:                                        ; preds = %rec.done3
  %47 = bitcast i32* %zero to i8*, !dbg !50
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #0, !dbg !50
  %.not15 = icmp eq i8* %48, null, !dbg !50
  br i1 %.not15, label %rec.done8, label %stat.inc9, !dbg !50

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  ret i32 0, !dbg !47

stat.inc9:                                        ; preds = %rec.lost7
  %49 = bitcast i8* %48 to i64*, !dbg !50
  %50 = load i64, i64* %49, align 8, !dbg !50
  %51 = add i64 %50, 1, !dbg !50
  store i64 %51, i64* %49, align 8, !dbg !50
  br label %rec.done8, !dbg !50
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "literals.tp", directory: ".")
!4 = !{!0, !5}
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
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
!50 = !DILocation(line: 5, column: 2, scope: !40)
